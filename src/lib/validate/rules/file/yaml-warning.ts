/** The YAML parser accepted something it warns about, such as a custom `!!tag`. */
import { rule } from '../rule';

export default rule({
	code: 'yaml-warning',
	severity: 'warning',
	layer: 'file',
	raisedBy: 'yaml-source.ts',
	description: 'The YAML parser accepted something it warns about, such as a custom `!!tag`.'
});
