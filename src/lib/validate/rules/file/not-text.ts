/** A file is not UTF-8 text: it holds binary data or control characters. */
import { rule } from '../rule';

export default rule({
	code: 'not-text',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'A file is not UTF-8 text: it holds binary data or control characters.'
});
