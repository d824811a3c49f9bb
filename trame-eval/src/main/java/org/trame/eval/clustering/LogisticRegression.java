package org.trame.eval.clustering;

import java.util.List;

/**
 * Weighted, L2-regularized logistic regression fitted by Newton's method: a handful of features and
 * a few thousand examples, so each step solves a small linear system exactly, and the result does
 * not depend on a learning rate or on the order of the examples.
 */
final class LogisticRegression {

  private LogisticRegression() {}

  /**
   * @param rows feature vectors, the constant first (it is not regularized)
   * @param labels whether each row is positive
   * @param weights each row's weight
   * @param l2 strength of the penalty on the weights (the constant's excepted)
   */
  static double[] fit(List<double[]> rows, List<Boolean> labels, List<Double> weights, double l2) {
    int d = rows.get(0).length;
    double[] w = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < rows.size(); i++) {
        double[] x = rows.get(i);
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * x[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double c = weights.get(i);
        double error = (labels.get(i) ? 1 : 0) - p;
        double curvature = Math.max(p * (1 - p), 1e-9) * c;
        for (int a = 0; a < d; a++) {
          gradient[a] += c * error * x[a];
          for (int b = 0; b < d; b++) {
            hessian[a][b] += curvature * x[a] * x[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        gradient[a] -= l2 * w[a];
        hessian[a][a] += l2;
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int k = 0; k < d; k++) {
        w[k] += step[k];
        size = Math.max(size, Math.abs(step[k]));
      }
      if (size < 1e-7) {
        break;
      }
    }
    return w;
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
