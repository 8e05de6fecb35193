-- Headless Neovim as a user would set it up without plugins: start the server, attach it to the
-- buffer, and write the first diagnostics it publishes (with the buffer's filetype) to $MH_OUT, then
-- quit. Uses vim.lsp.start_client, which Debian's Neovim 0.7 has (vim.lsp.start needs 0.8).
vim.cmd('filetype on')
local id = vim.lsp.start_client({
  name = 'magnum-heat',
  cmd = { os.getenv('MH_NODE'), os.getenv('MH_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(os.getenv('MH_FILE'), ':h'),
  init_options = { magnumHeat = { release = 'stein' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      local f = assert(io.open(os.getenv('MH_OUT'), 'w'))
      f:write(vim.fn.json_encode({ filetype = vim.bo.filetype, uri = result.uri, diagnostics = result.diagnostics }))
      f:close()
      vim.schedule(function() vim.cmd('qa!') end)
    end,
  },
})
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('MH_FILE')))
vim.lsp.buf_attach_client(0, id)
