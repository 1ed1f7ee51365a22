// Probe for the training-lock investigation (docs/engine.md, "Concurrency"): does OpenBLAS (Debian 0.3.21,
// pthread build) survive one thread changing its thread count while other threads multiply? Each worker
// multiplies all-ones by all-twos and checks every entry (2n); a setter flips the thread count between 1 and 2.
// Run: gcc -O2 openblas_threads.c -o /tmp/obt -lopenblas -lpthread && /tmp/obt 4 300 && /tmp/obt 40 64
// Result on the project machine (2 cores, December 2026): no crash, no wrong entry, in either configuration.
#include <cblas.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern void openblas_set_num_threads(int);
static int n = 300;
static volatile int stop = 0;

static void *worker(void *arg) {
  long id = (long)arg;
  double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n), *c = malloc(sizeof(double) * n * n);
  for (int i = 0; i < n * n; i++) { a[i] = 1; b[i] = 2; }
  long products = 0;
  while (!stop) {
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, a, n, b, n, 0, c, n);
    for (int i = 0; i < n * n; i++)
      if (c[i] != 2.0 * n) { printf("worker %ld: wrong entry %d: %g\n", id, i, c[i]); exit(2); }
    products++;
  }
  printf("worker %ld: %ld products\n", id, products);
  free(a); free(b); free(c);
  return 0;
}

static void *setter(void *arg) {
  (void)arg;
  for (int k = 0; k < 2000; k++) { openblas_set_num_threads(k % 2 ? 1 : 2); usleep(100); }
  return 0;
}

int main(int argc, char **argv) {
  int workers = argc > 1 ? atoi(argv[1]) : 4;
  if (argc > 2) n = atoi(argv[2]);
  if (workers < 1 || workers > 64 || n < 1) return 1;
  pthread_t t[64], s;
  for (long i = 0; i < workers; i++) pthread_create(&t[i], 0, worker, (void *)i);
  pthread_create(&s, 0, setter, 0);
  pthread_join(s, 0);
  stop = 1;
  for (int i = 0; i < workers; i++) pthread_join(t[i], 0);
  printf("no crash, every product right\n");
  return 0;
}
