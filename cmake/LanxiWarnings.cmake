# SPDX-License-Identifier: GPL-3.0-or-later
# lanxi_target_defaults(<target>): warnings and definitions every project target shares.
function(lanxi_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# lanxi_forbid_widgets(<target>): gis/ and core/ must never link Qt Widgets; fail the configure if they do.
function(lanxi_forbid_widgets target)
  get_target_property(libs ${target} LINK_LIBRARIES)
  foreach(lib IN LISTS libs)
    if(lib MATCHES "Widgets|PrintSupport")
      message(FATAL_ERROR "${target} must not link ${lib}: only app/ uses Qt Widgets")
    endif()
  endforeach()
endfunction()
