// The process entry of the fuzzer: SwiftPM links executables with `--defsym main=nnviz_fuzz_main`, a symbol
// that `-parse-as-library` (needed so libFuzzer, not Swift, owns `main`) never emits. This C function is that
// symbol and hands control to libFuzzer's driver with the Swift `LLVMFuzzerTestOneInput`.
int nnviz_fuzz_main(int argc, char **argv);
