/** A file is larger than 256 KB, so it is not read. */
import { rule } from '../rule';

export default rule({
	code: 'too-large',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'A file is larger than 256 KB, so it is not read.'
});
