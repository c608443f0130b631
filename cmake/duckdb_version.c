/* Prints the DuckDB library's version, to compare with its header's at configure time. */
#include <stdio.h>
#include "duckdb.h"
int main(void) {
  printf("%s\n", duckdb_library_version());
  return 0;
}
