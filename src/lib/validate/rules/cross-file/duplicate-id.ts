/** Two files give the same id (also when they differ only in case, or as .yaml and .yml); the one that is not read is reported. */
import { rule } from '../rule';

export default rule({
	code: 'duplicate-id',
	severity: 'error',
	layer: 'cross-file',
	raisedBy: 'validate-debate.ts',
	description:
		'Two files give the same id (also when they differ only in case, or as .yaml and .yml); the one that is not read is reported.'
});
