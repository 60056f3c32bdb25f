/** A temporary file or folder left by an interrupted `import`, `new-claim` or `collect`; it is not read. */
import { rule } from '../rule';

export default rule({
	code: 'interrupted-write',
	severity: 'warning',
	layer: 'file',
	raisedBy: 'file-kinds.ts',
	description:
		'A temporary file or folder left by an interrupted `import`, `new-claim` or `collect`; it is not read.'
});
