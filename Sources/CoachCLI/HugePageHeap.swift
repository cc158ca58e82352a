import CMalloc

#if canImport(Glibc)
  import Glibc
#endif

/// Backs the heap of a long session's load with huge pages.
///
/// Replaying 100,000 answers touches about 100 MiB of heap, and with 4 KiB
/// pages the kernel took a fault for every page of it: 34,600 faults, and
/// about a sixth of the run's CPU time (851 faults and 636 to 714 ms of
/// task-clock with this, against 695 to 876 ms before). Linux backs memory with 2 MiB pages where a program asks
/// (`madvise(MADV_HUGEPAGE)`: Debian's kernels ship with transparent huge
/// pages on `madvise`), but glibc's `malloc` asks only when an environment
/// variable read before `main` tells it to (`glibc.malloc.hugetlb`). So the
/// heap is grown here in one step, by about what the load will use, and
/// that range is advised.
///
/// Only for a transcript of megabytes: a short session starts faster
/// without a 2 MiB page to clear for its first bytes. Where the heap cannot
/// grow, or the kernel declines, nothing changes but the speed. A
/// `malloc_trim` afterwards (`releaseFreedMemory`, before a non-JSON
/// rendering) gives free parts of the range back as it always did; the
/// rest stays in huge pages.
enum HugePageHeap {
  /// The smallest transcript worth it: about 15,000 answers.
  static let threshold = 4 << 20

  /// A huge page on x86-64 and arm64 Linux (4 KiB base pages).
  private static let hugePage = 2 << 20

  /// How much heap a load uses per byte of transcript, about: 100 MiB for
  /// the 27 MB of 100,000 answers. More is only address space: a page the
  /// program never touches is never backed.
  private static let heapPerByte = 4

  /// Readies the heap for loading the transcript at `path`, when it is long.
  static func prepare(forTranscriptAt path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    prepare(forTranscriptOf: Int(info.st_size))
  }

  /// Readies the heap for loading a transcript of `bytes` bytes.
  static func prepare(forTranscriptOf bytes: Int) {
    guard bytes >= threshold else { return }
    let room = Int32(clamping: bytes.multipliedReportingOverflow(by: heapPerByte).partialValue)
    // Blocks up to glibc's largest threshold come from the heap, not from a
    // mapping of their own, which would be unadvised (the transcript's
    // bytes, a long array); and a free does not hand the heap's top back,
    // which would drop the advised range for an unadvised one.
    mallopt(M_MMAP_THRESHOLD, 32 << 20)
    mallopt(M_TRIM_THRESHOLD, .max)
    // malloc grows the heap, by the block asked for and the top pad, when
    // its free top cannot hold a block: a few blocks make it grow once.
    mallopt(M_TOP_PAD, room)
    let start = sbrk(0)
    var blocks: [UnsafeMutableRawPointer] = []
    blocks.reserveCapacity(64)
    while sbrk(0) == start, blocks.count < 64, let block = malloc(64 << 10) {
      blocks.append(block)
    }
    let end = sbrk(0)
    for block in blocks { free(block) }
    mallopt(M_TOP_PAD, 128 << 10)
    // sbrk answers (void *)-1 where the heap cannot move: then no range.
    guard let start, let end, end != start, end != UnsafeMutableRawPointer(bitPattern: -1)
    else { return }
    let first = (Int(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
    let last = Int(bitPattern: end) & ~(hugePage - 1)
    guard last > first, let base = UnsafeMutableRawPointer(bitPattern: first) else { return }
    _ = madvise(base, last - first, MADV_HUGEPAGE)
  }
}
