// Bounded file reading; see bounded_file.hpp.
#include "core/bounded_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace core {

namespace {

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO (named pipe)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device";
  if (S_ISSOCK(mode)) return "is a socket";
  return "is not a regular file";
}

FileRead refused(std::string reason, const char* tag) {
  FileRead r;
  r.reason = std::move(reason);
  r.reason_tag = tag;
  return r;
}

std::string too_large(std::size_t size, std::size_t max_bytes) {
  return "is " + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes) + " bytes";
}

// Closes the descriptor on every way out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) close(fd);
  }
};

}  // namespace

FileRead read_bounded_file(const std::string& path, std::size_t max_bytes) {
  // Not a regular file: refused before it is opened, where that is known. Opening a FIFO waits
  // for a writer wherever open() ignores O_NONBLOCK (node's file system, which the web build's
  // pack-content runs on); the check after opening below stays the one that counts.
  struct stat named {};
  if (stat(path.c_str(), &named) == 0 && !S_ISREG(named.st_mode)) return refused(kind_of(named.st_mode), "not-a-file");
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  Descriptor file{open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) {
    if (errno == ENOENT) {
      FileRead r = refused("does not exist", "missing");
      r.status = FileRead::Status::Missing;
      return r;
    }
    return refused(std::string("cannot be opened: ") + std::strerror(errno), "unreadable");
  }
  struct stat info {};
  if (fstat(file.fd, &info) != 0) return refused(std::string("cannot be read: ") + std::strerror(errno), "unreadable");
  if (!S_ISREG(info.st_mode)) return refused(kind_of(info.st_mode), "not-a-file");
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes) return refused(too_large(size, max_bytes), "too-large");

  // Read to the end, not to st_size: a file may grow, and some (under /proc) report size 0.
  FileRead r;
  r.text.reserve(size);
  char chunk[64 * 1024];
  while (r.text.size() <= max_bytes) {
    const ssize_t n = read(file.fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refused(std::string("cannot be read: ") + std::strerror(errno), "unreadable");
    if (n == 0) break;
    r.text.append(chunk, static_cast<std::size_t>(n));
  }
  if (r.text.size() > max_bytes)
    return refused("grew past " + std::to_string(max_bytes) + " bytes while being read", "too-large");
  r.status = FileRead::Status::Read;
  return r;
}

}  // namespace core
