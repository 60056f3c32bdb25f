/**
 * @argdown/core keeps statements, arguments and tags in plain objects keyed by their titles
 * (`statements[title]`), so a statement titled `[__proto__]` wrote its tags and data onto
 * Object.prototype, and `[constructor]` or `[toString]` found Object's own members and vanished
 * (reliability review F3, F4). This plugin, added to the build-model processor after
 * ModelPlugin, swaps those tables for null-prototype ones when the walk enters the document,
 * after ModelPlugin has made them and before the first title is read.
 */
import { RuleNames, type IArgdownPlugin } from '@argdown/core';
import { dict } from '$lib/shared/records';

export const titleTables: IArgdownPlugin = {
	name: 'CruxTitleTables',
	ruleListeners: {
		[`${RuleNames.ARGDOWN}Entry`]: (_request, response) => {
			response.statements = dict();
			response.arguments = dict();
			response.tags = dict();
		}
	}
};
