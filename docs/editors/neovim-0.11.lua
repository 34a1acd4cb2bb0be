-- ~/.config/nvim/init.lua (Neovim 0.11 and later)
vim.lsp.config('elbv2_ls', {
  cmd = { 'elbv2-ls', '--stdio' },
  filetypes = { 'yaml', 'json' },
  settings = { elbv2 = { rules = {} } },
})
vim.lsp.enable('elbv2_ls')
