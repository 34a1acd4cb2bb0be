-- Loaded after a README snippet (nvim -u docs/editors/…lua FILE -c 'luafile …'): waits for the
-- client the snippet started, then writes what Neovim received as JSON for test/editors.test.ts.
local out_path = os.getenv('ELBV2_NVIM_OUT')
local result = { clients = {}, diagnostics = {}, completion = {}, hover = '', errors = {} }

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local function client()
    return vim.lsp.get_active_clients()[1]
  end
  if not vim.wait(30000, function() return client() ~= nil and client().initialized end, 50) then
    table.insert(result.errors, 'no client initialized within 30 s')
    return
  end
  for _, c in ipairs(vim.lsp.get_active_clients()) do table.insert(result.clients, c.name) end
  local expect = tonumber(os.getenv('ELBV2_NVIM_EXPECT') or '1')
  vim.wait(30000, function() return #vim.diagnostic.get(bufnr) >= expect end, 50)
  vim.wait(500) -- a second publication (settings applied) would arrive by now
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message, code = d.code or lsp.code })
  end
  local uri = vim.uri_from_bufnr(bufnr)
  -- Where a key's value starts (YAML `Key: `, JSON `"Key": "`), and inside the key itself.
  local function find(key)
    for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local s, e = text:find('^%s*"?' .. key .. '"?:%s*"?')
      if s then return { line = i - 1, value = e, key = text:find(key, 1, true) } end
    end
    error('no ' .. key .. ' in the buffer')
  end
  local protocol, port = find('Protocol'), find('Port')
  local completion = client().request_sync('textDocument/completion',
    { textDocument = { uri = uri }, position = { line = protocol.line, character = protocol.value } }, 10000, bufnr)
  if completion and completion.result then
    for _, item in ipairs(completion.result.items or completion.result) do table.insert(result.completion, item.label) end
  else
    table.insert(result.errors, 'completion: ' .. vim.inspect(completion))
  end
  local hover = client().request_sync('textDocument/hover',
    { textDocument = { uri = uri }, position = { line = port.line, character = port.key } }, 10000, bufnr)
  if hover and hover.result and hover.result.contents then
    result.hover = hover.result.contents.value or vim.inspect(hover.result.contents)
  else
    table.insert(result.errors, 'hover: ' .. vim.inspect(hover))
  end
  client().stop()
end)
if not ok then table.insert(result.errors, tostring(err)) end
local f = assert(io.open(out_path, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
