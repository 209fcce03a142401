-- Neovim 0.7 as an independent LSP client: starts the server with --stdio, opens a policy and writes the
-- diagnostics it received (pushed: Neovim 0.7 has no pull diagnostics) to $OUT, one per line.
local file = vim.env.POLICY
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'security-policy',
  cmd = { vim.env.NODE or 'node', vim.env.SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(buf, client_id)
vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(lines, string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, code, d.source or ''))
end
vim.fn.writefile(lines, vim.env.OUT)
vim.cmd('qa!')
