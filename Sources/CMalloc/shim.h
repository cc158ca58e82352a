// glibc's <malloc.h>, which Swift's Glibc module leaves out: `malloc_trim`
// gives the heap's free pages back to the system.
#include <malloc.h>
