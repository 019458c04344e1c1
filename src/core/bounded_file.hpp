// Reading a file the user named (content, settings, a photo) without trusting it: anything that
// is not a regular file, or is larger than the caller's limit, is refused before a byte is read,
// so a FIFO cannot hang the app and /dev/zero cannot fill its memory.
#pragma once
#include <cstddef>
#include <string>

namespace core {

// Size limits, in one place: content.json, the settings file, one profile photo.
constexpr std::size_t kMaxContentBytes = 8u << 20;
constexpr std::size_t kMaxSettingsBytes = 64u << 10;
constexpr std::size_t kMaxPhotoBytes = 16u << 20;

struct FileRead {
  enum class Status { Read, Missing, Refused };
  Status status = Status::Refused;
  std::string text;    // the whole file when Read
  std::string reason;  // when not Read: "is a directory", "is 9000000 bytes; the limit is ..."
  // A short name for the reason, fit for a file name: "missing", "not-a-file", "too-large", "unreadable".
  std::string reason_tag;
  bool ok() const { return status == Status::Read; }
};

FileRead read_bounded_file(const std::string& path, std::size_t max_bytes);

}  // namespace core
