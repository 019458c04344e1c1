// QR codes with libqrencode (Debian's libqrencode-dev), for the kiosk's "take it with you".
#pragma once
#include <string>
#include <vector>

namespace native {
// Rows of modules, true for dark; empty if the text cannot be encoded.
std::vector<std::vector<bool>> encode_qr(const std::string& text);
}  // namespace native
