/** A file the format does not read: wrong folder, wrong extension, or outside a debate folder. */
import { rule } from '../rule';

export default rule({
	code: 'unexpected-file',
	severity: 'error',
	layer: 'file',
	raisedBy: 'file-kinds.ts',
	description:
		'A file the format does not read: wrong folder, wrong extension, or outside a debate folder.'
});
