// Probe for the BLAS decision (docs/engine.md): OpenBLAS dgemm/sgemm throughput on the benchmark shapes.
// Run: gcc -O2 blas_gemm.c -o /tmp/blas -lopenblas && OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=SkylakeX /tmp/blas
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(){
  int M=4000,N=298,K=40; int reps=50;
  double *A=malloc(8*M*K),*B=malloc(8*N*K),*C=malloc(8*M*N);
  float *a=malloc(4*M*K),*b=malloc(4*N*K),*c=malloc(4*M*N);
  for(int i=0;i<M*K;i++){A[i]=a[i]=rand()/(double)RAND_MAX;} for(int i=0;i<N*K;i++){B[i]=b[i]=rand()/(double)RAND_MAX;}
  double t=now(); for(int r=0;r<reps;r++) cblas_dgemm(CblasRowMajor,CblasNoTrans,CblasTrans,M,N,K,1,A,K,B,K,0,C,N); t=now()-t;
  printf("dgemm fwd %.2f GMAC/s\n", (double)M*N*K*reps/t/1e9);
  t=now(); for(int r=0;r<reps;r++) cblas_sgemm(CblasRowMajor,CblasNoTrans,CblasTrans,M,N,K,1,a,K,b,K,0,c,N); t=now()-t;
  printf("sgemm fwd %.2f GMAC/s\n", (double)M*N*K*reps/t/1e9);
  // dW = dZ^T A : N x K, inner M
  double *W=malloc(8*N*K); float *w=malloc(4*N*K);
  t=now(); for(int r=0;r<reps;r++) cblas_dgemm(CblasRowMajor,CblasTrans,CblasNoTrans,N,K,M,1,C,N,A,K,0,W,K); t=now()-t;
  printf("dgemm dW %.2f GMAC/s\n", (double)M*N*K*reps/t/1e9);
  t=now(); for(int r=0;r<reps;r++) cblas_sgemm(CblasRowMajor,CblasTrans,CblasNoTrans,N,K,M,1,c,N,a,K,0,w,K); t=now()-t;
  printf("sgemm dW %.2f GMAC/s\n", (double)M*N*K*reps/t/1e9);
  // small: 1000x16 * 16x16
  int m=1000,n=16,k=16; reps=20000;
  t=now(); for(int r=0;r<reps;r++) cblas_dgemm(CblasRowMajor,CblasNoTrans,CblasTrans,m,n,k,1,A,k,B,k,0,C,n); t=now()-t;
  printf("dgemm small %.2f GMAC/s %.2f us/call\n", (double)m*n*k*reps/t/1e9, t/reps*1e6);
  t=now(); for(int r=0;r<reps;r++) cblas_dgemm(CblasRowMajor,CblasTrans,CblasNoTrans,n,k,m,1,C,n,A,k,0,W,k); t=now()-t;
  printf("dgemm small dW %.2f GMAC/s %.2f us/call\n", (double)m*n*k*reps/t/1e9, t/reps*1e6);
  return 0;}
