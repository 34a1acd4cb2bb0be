-- Drives the built elbv2-ls from headless Neovim's built-in LSP client (0.7+) and writes what
-- Neovim received (diagnostics, a completion list, a hover) as JSON for test/neovim.test.ts.
local out_path = os.getenv('ELBV2_NVIM_OUT')
local server = os.getenv('ELBV2_SERVER')
local file = os.getenv('ELBV2_FILE')
local result = { diagnostics = {}, completion = {}, hover = '', errors = {} }

local function finish()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'yaml'
  local client_id = vim.lsp.start_client({
    name = 'elbv2-ls',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    table.insert(result.errors, 'no diagnostics within 30 s')
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message, severity = d.severity, code = d.code or lsp.code, source = d.source or lsp.source,
    })
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local completion = client.request_sync('textDocument/completion',
    { textDocument = { uri = uri }, position = { line = 1, character = 10 } }, 10000, bufnr)
  if completion and completion.result then
    local items = completion.result.items or completion.result
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  else
    table.insert(result.errors, 'completion: ' .. vim.inspect(completion))
  end
  local hover = client.request_sync('textDocument/hover',
    { textDocument = { uri = uri }, position = { line = 2, character = 1 } }, 10000, bufnr)
  if hover and hover.result and hover.result.contents then
    result.hover = hover.result.contents.value or vim.inspect(hover.result.contents)
  else
    table.insert(result.errors, 'hover: ' .. vim.inspect(hover))
  end
  client.stop()
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
