// Bounds that keep every document's work finite, whatever the input (see ARCHITECTURE.md).

/** Deeper nesting than this is reported and not followed; no ELBv2 document nests past ~8. */
export const MAX_DEPTH = 200;

/** Nodes a document may expand to through YAML aliases before the expansion is refused. */
export const MAX_EXPANDED_NODES = 200_000;

/**
 * Block nesting (indentation plus `-`, `?` and `:` on a line) past this is not handed to the yaml
 * parser at all: it recurses once per level and runs out of stack past about 1,500 levels.
 */
export const MAX_PARSE_DEPTH = 500;

/**
 * Findings one rule lists in one document; one more finding counts the rest. A garbled 10 MB file
 * would otherwise yield millions (each with its fixes), more than memory holds and any editor shows.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * Tokens (scalars, keys, indicators, brackets) a document may hold; past this it is not parsed.
 * The yaml package takes about 1 KB of memory per token: a 10 MB flow list of numbers would exhaust
 * the heap. A real describe output of 10 MB holds about a million.
 */
export const MAX_TOKENS = 1_000_000;
