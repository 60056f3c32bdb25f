/** The file is not valid YAML. Reported once, on the line to fix, in plain words: a tab, a line indented too far, a colon in unquoted text, an unclosed quote or bracket. */
import { rule } from '../rule';

export default rule({
	code: 'yaml-syntax',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-diagnose.ts',
	description:
		'The file is not valid YAML. Reported once, on the line to fix, in plain words: a tab, a line indented too far, a colon in unquoted text, an unclosed quote or bracket.'
});
