@_exported import NNVizFormat
