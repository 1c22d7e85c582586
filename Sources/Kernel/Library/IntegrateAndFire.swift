extension NeuronLibrary {
    /// Integrate-and-fire neurons and Izhikevich's: V in mV, input currents in nA through R in Mohm,
    /// with BrainPy's defaults where the papers give no single set.
    static let integrateAndFire = """
        # Leaky integrate-and-fire (Lapicque 1907; Abbott 1999, Brain Res. Bull. 50:303).
        neuron LIF {
          param V_rest = 0 mV, V_reset = -5 mV, V_th = 20 mV, R = 1 Mohm, tau = 10 ms
          input I = 0 nA
          var V = V_rest
          dV/dt = (-(V - V_rest) + R*I) / tau
          spike V > V_th
          reset { V = V_reset }
        }

        # Leaky integrate-and-fire with an absolute refractory period (Abbott 1999).
        neuron LIFRef {
          param V_rest = 0 mV, V_reset = -5 mV, V_th = 20 mV, R = 1 Mohm, tau = 10 ms, tau_ref = 1 ms
          input I = 0 nA
          var V = V_rest
          dV/dt = (-(V - V_rest) + R*I) / tau
          spike V > V_th
          reset { V = V_reset }
          refractory tau_ref
        }

        # Exponential integrate-and-fire (Fourcaud-Trocmé, Hansel, van Vreeswijk & Brunel 2003,
        # J. Neurosci. 23:11628); V_T and delta_T fitted to a fast-spiking cell. The exponential is taken up to
        # the spike cut-off V_th: a Runge–Kutta stage that overshoots it within the spike's step would otherwise
        # reach exp of hundreds, overflow and turn V into NaN under strong drives (a cut-off changes no value below V_th).
        neuron ExpIF {
          param V_rest = -65 mV, V_reset = -68 mV, V_th = -30 mV, V_T = -59.9 mV, delta_T = 3.48 mV
          param R = 1 Mohm, tau = 10 ms, tau_ref = 1.7 ms
          input I = 0 nA
          var V = V_rest
          dV/dt = (-(V - V_rest) + delta_T*exp((min(V, V_th) - V_T) / delta_T) + R*I) / tau
          spike V > V_th
          reset { V = V_reset }
          refractory tau_ref
        }

        # Adaptive exponential integrate-and-fire (Brette & Gerstner 2005, J. Neurophysiol. 94:3637),
        # with an adaptation current w (subthreshold coupling a, spike-triggered jump b); the exponential is
        # taken up to the spike cut-off V_th, as in ExpIF.
        neuron AdExIF {
          param V_rest = -65 mV, V_reset = -68 mV, V_th = -30 mV, V_T = -59.9 mV, delta_T = 3.48 mV
          param a = 1 uS, b = 1 nA, R = 1 Mohm, tau = 10 ms, tau_w = 30 ms
          input I = 0 nA
          var V = V_rest, w = 0 nA
          dV/dt = (-(V - V_rest) + delta_T*exp((min(V, V_th) - V_T) / delta_T) - R*w + R*I) / tau
          dw/dt = (a*(V - V_rest) - w) / tau_w
          spike V > V_th
          reset {
            V = V_reset
            w += b
          }
        }

        # Quadratic integrate-and-fire (Latham, Richmond, Nelson & Nirenberg 2000, J. Neurophysiol. 83:808).
        neuron QuaIF {
          param V_rest = -65 mV, V_reset = -68 mV, V_th = -30 mV, V_c = -50 mV, c = 0.07 / mV
          param R = 1 Mohm, tau = 10 ms
          input I = 0 nA
          var V = V_rest
          dV/dt = (c*(V - V_rest)*(V - V_c) + R*I) / tau
          spike V > V_th
          reset { V = V_reset }
        }

        # Adaptive quadratic integrate-and-fire (Izhikevich 2004, IEEE Trans. Neural Netw. 15:1063;
        # Touboul 2008, SIAM J. Appl. Math. 68:1045).
        neuron AdQuaIF {
          param V_rest = -65 mV, V_reset = -68 mV, V_th = -30 mV, V_c = -50 mV, c = 0.07 / mV
          param a = 1 uS, b = 0.1 nA, R = 1 Mohm, tau = 10 ms, tau_w = 10 ms
          input I = 0 nA
          var V = V_rest, w = 0 nA
          dV/dt = (c*(V - V_rest)*(V - V_c) - R*w + R*I) / tau
          dw/dt = (a*(V - V_rest) - w) / tau_w
          spike V > V_th
          reset {
            V = V_reset
            w += b
          }
        }

        # Generalized integrate-and-fire (Mihalas & Niebur 2009, Neural Comput. 21:704): two
        # spike-induced currents I1, I2 and an adaptive threshold V_th.
        neuron GIF {
          param V_rest = -70 mV, V_reset = -70 mV, V_th_inf = -50 mV, V_th_reset = -60 mV
          param R = 20 Mohm, tau = 20 ms, a = 0 / ms, b = 0.01 / ms
          param k1 = 0.2 / ms, k2 = 0.02 / ms, R1 = 0, R2 = 1, A1 = 0 nA, A2 = 0 nA
          input I = 0 nA
          var V = V_rest, V_th = V_th_inf, I1 = 0 nA, I2 = 0 nA
          dI1/dt = -k1*I1
          dI2/dt = -k2*I2
          dV/dt = (-(V - V_rest) + R*(I1 + I2 + I)) / tau
          dV_th/dt = a*(V - V_rest) - b*(V_th - V_th_inf)
          spike V > V_th
          reset {
            I1 = R1*I1 + A1
            I2 = R2*I2 + A2
            V = V_reset
            V_th = max(V_th_reset, V_th)
          }
        }

        # Izhikevich (2003), IEEE Trans. Neural Netw. 14:1569: regular spiking; time in ms, I through R.
        neuron Izhikevich {
          param a = 0.02 / ms, b = 0.2, c = -65 mV, d = 8 mV, V_th = 30 mV, R = 1 Mohm
          input I = 0 nA
          var V = -65 mV, u = b*V
          dV/dt = (0.04/mV*V^2 + 5*V + 140 mV - u + R*I) / ms
          du/dt = a*(b*V - u)
          spike V >= V_th
          reset {
            V = c
            u += d
          }
        }
        """
}
