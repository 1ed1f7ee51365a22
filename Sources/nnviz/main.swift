import NNVizCLI
NNVizCommand.main()
