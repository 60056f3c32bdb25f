/** A file says `id:` with an id other than its file name. */
import { rule } from '../rule';

export default rule({
	code: 'file-name-mismatch',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts',
	description: 'A file says `id:` with an id other than its file name.'
});
