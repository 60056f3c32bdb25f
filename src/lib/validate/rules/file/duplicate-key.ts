/** A field appears twice in the same mapping. */
import { rule } from '../rule';

export default rule({
	code: 'duplicate-key',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'A field appears twice in the same mapping.'
});
