#include "core/image.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace core;

namespace {
// A 2x1 RGBA PNG (red, then half-transparent blue), written out by hand.
const unsigned char kTinyPng[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0xF4, 0x22, 0x7F, 0x8A, 0x00, 0x00, 0x00,
    0x0E, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x42, 0x0D, 0x00, 0x0F, 0x7A, 0x03,
    0x7E, 0x77, 0xE9, 0x7F, 0x97, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
}  // namespace

TEST_CASE("decodes a PNG to RGBA") {
  std::string error;
  const auto image = decode_image(std::string(reinterpret_cast<const char*>(kTinyPng), sizeof kTinyPng), error);
  INFO(error);
  REQUIRE(image);
  CHECK(image->width == 2);
  CHECK(image->height == 1);
  REQUIRE(image->rgba.size() == 8);
  CHECK(image->rgba[0] == 255);  // red
  CHECK(image->rgba[1] == 0);
}

TEST_CASE("bad photos are reported with a reason, never crashed on") {
  std::string error;
  CHECK_FALSE(decode_image("", error));
  CHECK(error == "the file is empty");
  CHECK_FALSE(decode_image("GIF89a not really", error));
  CHECK(error == "not a PNG or JPEG image");
  std::string truncated(reinterpret_cast<const char*>(kTinyPng), 40);
  CHECK_FALSE(decode_image(truncated, error));
  CHECK_FALSE(load_image_file("/nonexistent/photo.png", error));
  CHECK(error == "/nonexistent/photo.png: the file does not exist");
}
