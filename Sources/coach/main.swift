import CoachCLI
import Glibc

// The whole program lives in CoachCLI; this only hands over the arguments
// and returns its exit status.
exit(CoachApp.main(CommandLine.arguments))
