-- with nvim-lspconfig (Neovim 0.8 to 0.10)
local configs = require('lspconfig.configs')
if not configs.elbv2_ls then
  configs.elbv2_ls = {
    default_config = {
      cmd = { 'elbv2-ls', '--stdio' },
      filetypes = { 'yaml', 'json' },
      root_dir = require('lspconfig.util').root_pattern('.git'),
      single_file_support = true, -- also outside a git repository
      settings = { elbv2 = { rules = {} } },
    },
  }
end
require('lspconfig').elbv2_ls.setup({})
