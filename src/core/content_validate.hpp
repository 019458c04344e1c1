// Checks across the whole content document: unique ids and references that resolve.
#pragma once
#include <string>

#include "core/content.hpp"

namespace core {
void validate_references(const Content& content, Problems& problems, const std::string& origin);
}
