-- A minimal Neovim setup for tests/test_server.py: start `notelint server` for the
-- file Neovim opens, write the first diagnostics it publishes (as received, with
-- the position encoding the client uses) to $NOTELINT_NVIM_OUT as JSON, and quit.
-- Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
local out = vim.env.NOTELINT_NVIM_OUT

local function finish(payload)
  local file = assert(io.open(out, "w"))
  file:write(vim.fn.json_encode(payload))
  file:close()
  vim.schedule(function() vim.cmd("qall!") end)
end

local config = {
  name = "notelint",
  cmd = { vim.env.NOTELINT_PYTHON, "-m", "notelint", "server" },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(_, result, context)
      local client = vim.lsp.get_client_by_id(context.client_id)
      finish({ encoding = client.offset_encoding, uri = result.uri, diagnostics = result.diagnostics })
    end,
  },
}

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    if vim.lsp.start then
      vim.lsp.start(config)
    else
      vim.lsp.buf_attach_client(0, vim.lsp.start_client(config))
    end
  end,
})

-- Never hang a test run: give up (and say so) if nothing arrives.
vim.defer_fn(function() finish({ error = "no diagnostics within 60 s" }) end, 60000)
