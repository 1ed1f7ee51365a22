// Tests of `nnviz render` (filled in with the command).
