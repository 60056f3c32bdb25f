/** The file uses more YAML aliases (`*name`) than the small limit; argument files need none. */
import { rule } from '../rule';

export default rule({
	code: 'yaml-alias',
	severity: 'error',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description:
		'The file uses more YAML aliases (`*name`) than the small limit; argument files need none.'
});
