! Morris–Lecar, class-I parameters, as examples/morris_lecar_bifurcation.soma (mV, ms, uA/cm^2):
! PAR(1) = I (varied); U(1) = V, U(2) = w.
SUBROUTINE FUNC(NDIM, U, ICP, PAR, IJAC, F, DFDU, DFDP)
  IMPLICIT NONE
  INTEGER, INTENT(IN) :: NDIM, ICP(*), IJAC
  DOUBLE PRECISION, INTENT(IN) :: U(NDIM), PAR(*)
  DOUBLE PRECISION, INTENT(OUT) :: F(NDIM)
  DOUBLE PRECISION, INTENT(INOUT) :: DFDU(NDIM, NDIM), DFDP(NDIM, *)
  DOUBLE PRECISION :: C, gCa, gK, gL, VCa, VK, VL, V1, V2, V3, V4, phi, minf, winf, tauw
  C = 20; gCa = 4; gK = 8; gL = 2; VCa = 120; VK = -84; VL = -60
  V1 = -1.2d0; V2 = 18; V3 = 12; V4 = 17.4d0; phi = 1.0d0 / 15.0d0
  minf = 0.5d0 * (1 + TANH((U(1) - V1) / V2))
  winf = 0.5d0 * (1 + TANH((U(1) - V3) / V4))
  tauw = 1 / COSH((U(1) - V3) / (2 * V4))
  F(1) = (PAR(1) - gL * (U(1) - VL) - gCa * minf * (U(1) - VCa) - gK * U(2) * (U(1) - VK)) / C
  F(2) = phi * (winf - U(2)) / tauw
END SUBROUTINE FUNC

! The rest state at I = -20, solved by bisection: V = -69.81934497591024, w = w_inf(V).
SUBROUTINE STPNT(NDIM, U, PAR, T)
  IMPLICIT NONE
  INTEGER, INTENT(IN) :: NDIM
  DOUBLE PRECISION, INTENT(INOUT) :: U(NDIM), PAR(*)
  DOUBLE PRECISION, INTENT(IN) :: T
  PAR(1) = -20.0d0
  U(1) = -69.81934497591024d0
  U(2) = 8.234401690593307d-05
END SUBROUTINE STPNT

SUBROUTINE BCND
END SUBROUTINE BCND
SUBROUTINE ICND
END SUBROUTINE ICND
SUBROUTINE FOPT
END SUBROUTINE FOPT
SUBROUTINE PVLS
END SUBROUTINE PVLS
