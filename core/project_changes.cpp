// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project_changes.h"
