// Bounds that keep every document's work finite, whatever the input (see ARCHITECTURE.md).

/** Deeper nesting than this is reported and not followed; no ELBv2 document nests past ~8. */
export const MAX_DEPTH = 200;

/** Nodes a document may expand to through YAML aliases before the expansion is refused. */
export const MAX_EXPANDED_NODES = 200_000;
