/** A symbolic link in a debate folder. Links are never followed, so it is not read. */
import { rule } from '../rule';

export default rule({
	code: 'symlink',
	severity: 'error',
	layer: 'file',
	raisedBy: 'read-dir.server.ts',
	description: 'A symbolic link in a debate folder. Links are never followed, so it is not read.'
});
