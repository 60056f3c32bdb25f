/** A file is empty, or holds only comments. */
import { rule } from '../rule';

export default rule({
	code: 'empty-file',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'A file is empty, or holds only comments.'
});
