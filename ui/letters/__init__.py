"""The 一函两书 area: needs-action and letter lists, the chain view, and the letter forms."""
