import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/Bad_Name.yaml':
			'text: A claim.\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/Bad_Name.yaml:1:1  The file name "Bad_Name" is not a valid id: ids are lowercase kebab-case, such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).'
	]
});
