// Import structure, checked by `npm run lint` (dependency-cruiser): no import cycles, and no
// import from a lower layer to a higher one. ARCHITECTURE.md describes the layers.
/** @type {string[][]} Layers of server/src/service, lowest first; a module imports only its own layer or lower ones. */
const SERVICE_LAYERS = [
  ['arn\\.ts', 'arrays\\.ts', 'findings\\.ts', 'suggest\\.ts'],
  ['syntax/', 'model/'],
  ['documentKind\\.ts', 'bind\\.ts', 'edits\\.ts'],
  ['semantics/'],
  ['template/'],
  ['rules/'],
  ['validation/', 'analysis\\.ts'],
  ['completion/', 'hover/', 'symbols/', 'navigation/'],
  ['languageService\\.ts'],
];
const SERVICE = '^server/src/service/';
const inLayers = (layers) => layers.flat().map((p) => `${SERVICE}${p}`);

const layerRules = SERVICE_LAYERS.slice(0, -1).map((layer, i) => ({
  name: `service-layer-${i + 1}-looks-down`,
  comment: `${layer.join(', ')} must not import from a higher layer of the service.`,
  severity: 'error',
  from: { path: inLayers([layer]) },
  to: { path: inLayers(SERVICE_LAYERS.slice(i + 1)) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles, type-only imports included, make layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'adapters-use-the-facade',
      comment: 'The CLI and the LSP server reach the language service through languageService.ts only.',
      severity: 'error',
      from: { path: '^server/src/(cli|server)/' },
      to: { path: SERVICE, pathNot: `${SERVICE}languageService\\.ts$` },
    },
    {
      name: 'service-imports-no-adapter',
      comment: 'The language service knows nothing of the CLI, the LSP server or the VS Code client.',
      severity: 'error',
      from: { path: SERVICE },
      to: { path: '^(server/src/(cli|server)|client)/' },
    },
    {
      name: 'client-imports-no-server-code',
      comment:
        'The VS Code client starts the server bundle; the one thing it shares is the cheap test of whether a document may be ELBv2 (sniff.ts, fileName.ts, common/), so it starts the server only then.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/(service/(sniff|fileName)\\.ts|common/)' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|server/src/service/model/generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
