/**
 * What a rule of the validator is: a stable code, a severity, the layer it runs in, one
 * sentence for the README, and either its own check or the name of the shared step that
 * raises it (the YAML parser and the schema translation each raise several codes from one
 * pass over a file; splitting them would parse every file once per code). Problems are made
 * through their rule, so a code and its severity are written in exactly one place.
 */
import type { Position, Problem } from '../problem';

export const LAYERS = ['file', 'claim', 'cross-file', 'graph', 'quotes'] as const;
export type Layer = (typeof LAYERS)[number];
export type Severity = Problem['severity'];

export interface RuleInfo<C> {
	/** Short kebab-case identifier, stable for tests, tooling and GitHub annotations. */
	code: string;
	severity: Severity;
	layer: Layer;
	/** One sentence: what is wrong when this code is reported. */
	description: string;
	/** The rule's own check over its layer's input. */
	check?: (ctx: C) => Problem[];
	/** Where a code without a check of its own is raised (a module of the validator). */
	raisedBy?: string;
}

export interface Rule<C = unknown> extends RuleInfo<C> {
	/** A problem of this rule at `at` in `file`. */
	at(file: string, at: Position, message: string, hint?: string): Problem;
}

export function rule<C = unknown>(info: RuleInfo<C>): Rule<C> {
	return {
		...info,
		at(file, at, message, hint) {
			const p: Problem = {
				file,
				line: at.line,
				column: at.column,
				severity: info.severity,
				message,
				code: info.code
			};
			if (hint !== undefined) p.hint = hint;
			return p;
		}
	};
}
