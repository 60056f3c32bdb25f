/** The data is nested far deeper than any argument file needs (32 levels). */
import { rule } from '../rule';

export default rule({
	code: 'too-deep',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'The data is nested far deeper than any argument file needs (32 levels).'
});
