// Decoding profile photos (PNG or JPEG) with stb_image from libstb-dev, with limits, so a
// bad or hostile file is reported, never crashed on.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct DecodedImage {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;  // width * height * 4 bytes
};

constexpr int kMaxImageSide = 4096;

// Returns the image, or nothing with `error` saying why ("not a PNG or JPEG image", ...).
std::optional<DecodedImage> decode_image(const std::string& bytes, std::string& error);
// Reads and decodes a file; `error` names the file.
std::optional<DecodedImage> load_image_file(const std::string& path, std::string& error);

struct PhotoLoad {
  std::map<std::string, DecodedImage> by_student;  // decoded photos by student id
  std::vector<std::string> problems;               // "file: /students/2/photo: why; showing initials"
};

// Loads every profile photo named in `content`, relative to the folder of `content_path`.
struct Content;
PhotoLoad load_profile_photos(const Content& content, const std::string& content_path);

}  // namespace core
