// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_store.h"

namespace core {

ProjectStore::~ProjectStore() = default;

}  // namespace core
