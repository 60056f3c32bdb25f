import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// Reliability review F8: a file name no reference could ever use (ids are at most 80).
		[`claims/${'x'.repeat(200)}.yaml`]:
			'text: A claim with a very long id.\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		'claims/Bad_Name.yaml':
			'text: A claim.\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/Bad_Name.yaml:1:1  The file name "Bad_Name" is not a valid id: ids are lowercase kebab-case, such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).',
		`arguments/demo/claims/${'x'.repeat(200)}.yaml:1:1  The file name "${'x'.repeat(40)}…" is 200 characters long; ids are at most 80 characters, so nothing could refer to it.`
	]
});
