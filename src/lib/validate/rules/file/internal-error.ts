/** A bug in the validator, caught for one file so the others are still checked. */
import { rule } from '../rule';

export default rule({
	code: 'internal-error',
	severity: 'error',
	layer: 'file',
	raisedBy: 'validate-debate.ts',
	description: 'A bug in the validator, caught for one file so the others are still checked.'
});
