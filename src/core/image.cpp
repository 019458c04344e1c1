// Photo decoding; see image.hpp. The one translation unit with stb_image's implementation.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS 4096
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#endif
#include <stb/stb_image.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include "core/bounded_file.hpp"
#include "core/content.hpp"
#include "core/image.hpp"

namespace core {

std::optional<DecodedImage> decode_image(const std::string& bytes, std::string& error) {
  if (bytes.empty()) {
    error = "the file is empty";
    return std::nullopt;
  }
  if (bytes.size() > (64u << 20)) {
    error = "the file is larger than 64 MB";
    return std::nullopt;
  }
  int w = 0, h = 0, channels = 0;
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int size = static_cast<int>(bytes.size());
  if (!stbi_info_from_memory(data, size, &w, &h, &channels)) {
    error = "not a PNG or JPEG image";
    return std::nullopt;
  }
  if (w <= 0 || h <= 0 || w > kMaxImageSide || h > kMaxImageSide) {
    error = "the image is " + std::to_string(w) + "x" + std::to_string(h) + "; at most " +
            std::to_string(kMaxImageSide) + " pixels a side";
    return std::nullopt;
  }
  stbi_uc* pixels = stbi_load_from_memory(data, size, &w, &h, &channels, 4);
  if (!pixels) {
    error = std::string("the image could not be decoded (") + stbi_failure_reason() + ")";
    return std::nullopt;
  }
  DecodedImage image;
  image.width = w;
  image.height = h;
  image.rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  stbi_image_free(pixels);
  return image;
}

std::optional<DecodedImage> load_image_file(const std::string& path, std::string& error) {
  const FileRead file = read_bounded_file(path, kMaxPhotoBytes);
  if (!file.ok()) {
    error = path + ": the file " + file.reason;
    return std::nullopt;
  }
  auto image = decode_image(file.text, error);
  if (!image) error = path + ": " + error;
  return image;
}

PhotoLoad load_profile_photos(const Content& content, const std::string& content_path) {
  PhotoLoad out;
  const std::size_t slash = content_path.find_last_of('/');
  const std::string base = slash == std::string::npos ? "" : content_path.substr(0, slash + 1);
  for (std::size_t i = 0; i < content.students.size(); ++i) {
    const Student& s = content.students[i];
    if (s.photo.empty()) continue;
    const std::string path = s.photo[0] == '/' ? s.photo : base + s.photo;
    std::string error;
    if (auto image = load_image_file(path, error))
      out.by_student[s.id] = std::move(*image);
    else
      out.problems.push_back(content_path + ": /students/" + std::to_string(i) + "/photo: " + error +
                             "; showing initials instead");
  }
  return out;
}

}  // namespace core
