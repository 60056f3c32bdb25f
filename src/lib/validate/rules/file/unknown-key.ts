/** A field the format does not have, usually a typo (with a "did you mean"). */
import { rule } from '../rule';

export default rule({
	code: 'unknown-key',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts',
	description: 'A field the format does not have, usually a typo (with a "did you mean").'
});
